"""The age of a person an outlet describes only by it ("a 31-year-old nurse was shot") (issue
12, branch conf36). Invented sentences: the reading tests fail without
``enrich/claim_described_ages.py``, the last without ``story_ages.own_ages``; each guard keeps
an age from a person it may not be of."""

from __future__ import annotations

import pytest

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.compare.story_ages import _story_ages, own_ages
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Article, Claim, Enrichment

_PAD = "\n\nThe city council said it would discuss the shooting at its meeting next week."


def _compare(texts: list[str]) -> StoryComparison:
    inputs = [
        ArticleInput(id=i, text=text + _PAD, outlet=f"Outlet {i}", published=None)
        for i, text in enumerate(texts, start=1)
    ]
    found = {e.article_id: e for e in enrich_articles(inputs, EnrichOptions(processes=1))}
    articles = [
        Article(id=a.id, title=f"t{a.id}", text=a.text, outlet=a.outlet, published=None)
        for a in inputs
    ]
    return compare_articles(articles, found)


def _conflicts(result: StoryComparison) -> list[tuple[float, float]]:
    return sorted(
        (
            min(p.a.first.claim.low or 0.0, p.b.first.claim.low or 0.0),
            max(p.a.first.claim.low or 0.0, p.b.first.claim.low or 0.0),
        )
        for p in result.conflicts
    )


_NAMED = (
    "Two people were hurt when a gunman opened fire outside a bakery in Tessford on Monday. "
    "Dorla Quenby, 32, was shot in the arm, police said."
)
_DESCRIBED = (
    "A gunman opened fire outside a Tessford bakery on Monday. "
    "A 31-year-old Denver nurse was shot in the arm, police said."
)


def _ages(text: str) -> list[tuple[str | None, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [(c.subject, c.low) for c in claims if c.event == "age"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        pytest.param(_DESCRIBED, [("31-year-old", 31.0)], id="place-before-the-noun"),
        pytest.param(
            "The driver hit a 66-year-old woman and fled.", [("66-year-old", 66.0)], id="object"
        ),
        pytest.param(
            "The 29-year-old said he was thrilled.", [("29-year-old", 29.0)], id="the-N-year-old"
        ),
        # guards: a phrase inside another, a name, a team, two people, an age of the past
        pytest.param("Crowds mourned the death of a 40-year-old nurse.", [], id="inside-a-phrase"),
        pytest.param("A 40-year-old Tessford Rovers fan was hurt.", [], id="a-team-is-a-name"),
        pytest.param("A 40-year-old man and his son were hurt.", [], id="two-people"),
        pytest.param(
            "Lawyers said the then-17-year-old student was at the scene.", [], id="then-N"
        ),
    ],
)
def test_a_described_persons_age(text: str, ages: list[tuple[str, float]]) -> None:
    assert _ages(text) == ages


def _age(article: int, years: float, subject: str) -> Claim:
    return Claim(
        what="age",
        low=years,
        high=years,
        exact=True,
        unit=None,
        claimant=None,
        sentence=f"{subject} is {years:.0f}.",
        article_id=article,
        event="age",
        subject=subject,
    )


def test_a_described_age_of_a_person_told_at_two_times_is_no_ones() -> None:
    # "a 29-year-old gang member" at a sentencing is the story's one man named 29 (his other
    # figures take the description), but that man is named 27 at the shooting too: the age
    # is his at one of two times, and set against the other's it was a false conflict
    story = [
        Enrichment(article_id=1, claims=[_age(1, 27.0, "Orlan Vesk")]),
        Enrichment(article_id=2, claims=[_age(2, 29.0, "Orlan Vesk")]),
        Enrichment(article_id=3, claims=[_age(3, 29.0, "29-year-old")]),
    ]
    aged = _story_ages(story)
    assert aged["29-year-old"] == "Orlan Vesk"
    assert own_ages(aged, story) == {}
    one_time = story[1:]
    assert own_ages(_story_ages(one_time), one_time) == {"29-year-old": "Orlan Vesk"}


def test_an_age_a_year_apart_names_no_one() -> None:
    # tried and dropped (conf36): taking "a 31-year-old nurse" for the one person named 32
    # set a described climber against a named one in test_compare_slot_leniency, and found
    # no gold dispute (the one readable target's article names the person too)
    assert _conflicts(_compare([_NAMED, _DESCRIBED])) == []
