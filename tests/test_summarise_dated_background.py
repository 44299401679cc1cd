"""A sentence dated years before its story is background (branch sumfix3; invented fixtures).

Rule: compare/summary_time.py (``earlier_event``, ``story_year``, ``obituary``), applied in
compare/summarise.py's selection. Each test fails with its part of the rule taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.compare.summary_time import earlier_event, obituary, story_year
from newsbeat.models import Article


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-03-0{aid}")


def _texts(articles: list[Article], sentences: int) -> list[str]:
    return [s.text for s in summarise_articles(articles, None, SummaryOptions(sentences=sentences))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lind finished her career in 1994 with 312 goals for the club.",
        "Brenn was born in Varro on June 2, 1948, the youngest of five.",
        "The old ferry line was closed in May 2011 after two collisions.",
        "The mill kept its name until 2003, when the Holt family sold it.",
        "A flood killed more than 2,000 people in the valley in 2011.",
    ],
)
def test_a_clause_dated_years_before_the_story_is_background(sentence: str) -> None:
    assert earlier_event(sentence, 2026)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Lind scored twice in 2025 as the club won the cup.", "one year before: may be its own"),
        ("The court sentenced Varro on Tuesday for the fire in 2019.", "a day of its own"),
        ("The union will hold a vote on the 2019 deal again.", "a plan; a year before a noun"),
        ("Varro was found guilty of setting the depot on fire in 2019.", "after an -ing verb"),
        ("The actor, who first starred in 1999, joined the cast.", "in a relative clause"),
        ("The bridge, opened in 1999, was closed to lorries.", "in an aside between commas"),
        ("The riots were the worst since the strikes ended in 1984.", "a comparison"),
        ("Holt won two rounds sooner than when she beat Lind in their bout in 2019.", "than"),
        ("Lind played from 1990-1994 for the club and later coached it.", "a span"),
    ],
)
def test_a_year_that_dates_something_else_is_not(sentence: str, why: str) -> None:
    assert not earlier_event(sentence, 2026), why


def test_no_story_year_no_background() -> None:
    assert not earlier_event("Lind finished her career in 1994 with 312 goals.", None)


def test_the_story_year_is_the_latest_publication_year_else_the_latest_named() -> None:
    assert story_year(["2024-05-01", None, "2025-01-02"], ["in 2031 the port opens"]) == 2025
    assert story_year([None], ["The 2019 deal ended.", "It opened in 2021."]) == 2021
    assert story_year([None], ["No year here."]) is None


def test_a_death_in_the_lead_makes_an_obituary() -> None:
    assert obituary("The painter Ida Brenn died on Monday at the age of 90.")
    assert not obituary("The painter Ida Brenn opened a show in Kessel on Monday.")


def _cup_story() -> list[Article]:
    return [
        _article(
            1,
            "Wire",
            "Kessel United beat Varro 3-1 on Saturday to win the regional cup.\n"
            "Mira Holt scored twice for Kessel United in the second half.\n"
            "The club last lifted a trophy in 2009 under coach Per Sand.",
        ),
        _article(
            2,
            "Courier",
            "Kessel United won the regional cup with a 3-1 win over Varro.\n"
            "About 4,000 fans of the club celebrated in the town square.",
        ),
    ]


def test_a_sentence_dated_years_before_is_never_chosen() -> None:
    texts = _texts(_cup_story(), sentences=4)
    assert not any("2009" in t for t in texts)
    # It is still a candidate (read for centrality; an obituary may use it).
    assert any("2009" in c[0] for c in candidate_sentences(_cup_story()))


def test_an_obituary_keeps_the_life_it_tells() -> None:
    story = [
        _article(
            1,
            "Wire",
            "The painter Ida Brenn died on Monday in Kessel at the age of 90.\n"
            "Brenn was born in Varro on June 2, 1935, the daughter of a painter of boats.\n"
            "Her paintings of Kessel harbour hang in the national gallery.",
        ),
    ]
    texts = _texts(story, sentences=3)
    assert texts[0].startswith("The painter Ida Brenn died")
    assert any("1935" in t for t in texts)
