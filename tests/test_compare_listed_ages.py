"""The ages of a group an article lists without naming them ("two women -- 68 and 48 years
old"), and who each is when the story's other articles name the group (issue 12, branch
conf38b). Invented sentences and names: the reading tests fail without
``enrich/claim_listed_ages.py``, the pairing tests without ``compare/listed_people.py``, the
last two without ``compare/age_tenses.py``; each guard keeps a listed age from a person it may
not be of."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.compare.age_tenses import told_as_future
from newsbeat.compare.listed_people import listed_people
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.claim_listed_ages import listed_in
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Article, Claim, Enrichment


def _ages(text: str) -> list[tuple[str | None, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [(c.subject, c.low) for c in claims if c.event == "age"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        pytest.param(
            "Police found two women -- 71 and 39-years-old -- inside a Tessford flat.",
            [("71-year-old", 71.0), ("39-year-old", 39.0)],
            id="dashes-hyphened",
        ),
        pytest.param(
            "The names of the men arrested, who were 52 and 27 years old, were not released.",
            [("52-year-old", 52.0), ("27-year-old", 27.0)],
            id="who-were",
        ),
        pytest.param(
            "She leaves two sons, ages 9 and 14.",
            [("9-year-old", 9.0), ("14-year-old", 14.0)],
            id="ages-before",
        ),
        # guards: a count that is not the list's, a group of no people, no word of age
        pytest.param("Three men -- 30 and 41 years old -- were held.", [], id="count-differs"),
        pytest.param("The two firms, 30 and 41 years old, merged.", [], id="no-people"),
        pytest.param("Two women -- 68 and 48 -- were hurt.", [], id="no-word-of-age"),
    ],
)
def test_a_listed_groups_ages(text: str, ages: list[tuple[str, float]]) -> None:
    assert [a for a in _ages(text) if a[0] is not None and a[0].endswith("-year-old")] == ages


def test_the_list_as_the_comparison_sees_it() -> None:
    assert listed_in("the bodies of two women -- 71 and 39-years-old -- were found") == [
        ("women", (71, 39))
    ]
    assert listed_in("the men arrested, who were 52 and 27 years old, were") == [("men", (52, 27))]
    assert listed_in("two sons, ages 9 and 14") == [("sons", (9, 14))]
    assert listed_in("two women -- 68 and 48 -- were hurt") == []


def _age(article: int, years: float, subject: str, sentence: str) -> Claim:
    return Claim(
        what="age",
        low=years,
        high=years,
        exact=True,
        unit=None,
        claimant=None,
        sentence=sentence,
        article_id=article,
        event="age",
        subject=subject,
    )


_LIST = "Police found the bodies of two women -- 71 and 39-years-old -- in a flat."
_BOTH = "The bodies of Dorla Quenby, 39, and Marta Quenby, 64, were found in a flat."


def _story(*more: Claim) -> list[Enrichment]:
    return [
        Enrichment(
            article_id=1,
            claims=[_age(1, 71.0, "71-year-old", _LIST), _age(1, 39.0, "39-year-old", _LIST)],
        ),
        Enrichment(
            article_id=2,
            claims=[
                _age(2, 39.0, "Dorla Quenby", _BOTH),
                _age(2, 64.0, "Marta Quenby", _BOTH),
                *more,
            ],
        ),
    ]


def test_the_left_member_is_the_other_person_named_with_the_known_one() -> None:
    aged = {"39-year-old": "Dorla Quenby"}
    assert listed_people(aged, _story()) == {
        "39-year-old": "Dorla Quenby",
        "71-year-old": "Marta Quenby",
    }


def test_no_member_known_names_no_one() -> None:
    assert listed_people({}, _story()) == {}


def test_the_group_named_with_a_third_person_names_no_one() -> None:
    # another article names the known woman beside two others: the group is not told whole
    three = "Dorla Quenby, 39, Marta Quenby, 64, and Ilse Vardy, 30, were found."
    story = [
        *_story(),
        Enrichment(
            article_id=3,
            claims=[
                _age(3, 39.0, "Dorla Quenby", three),
                _age(3, 64.0, "Marta Quenby", three),
                _age(3, 30.0, "Ilse Vardy", three),
            ],
        ),
    ]
    assert listed_people({"39-year-old": "Dorla Quenby"}, story) == {"39-year-old": "Dorla Quenby"}


def test_a_list_of_the_other_sex_names_no_one() -> None:
    # "two men": the known member's first name tells nothing, the left one is a woman's
    men = "Police found the bodies of two men -- 71 and 39-years-old -- in a flat."
    both = "The bodies of Zell Quenby, 39, and Marta Quenby, 64, were found in a flat."
    story = [
        Enrichment(
            article_id=1,
            claims=[_age(1, 71.0, "71-year-old", men), _age(1, 39.0, "39-year-old", men)],
        ),
        Enrichment(
            article_id=2,
            claims=[_age(2, 39.0, "Zell Quenby", both), _age(2, 64.0, "Marta Quenby", both)],
        ),
    ]
    assert "71-year-old" not in listed_people({"39-year-old": "Zell Quenby"}, story)
    story[0] = _story()[0]  # "two women": then she may be
    assert listed_people({"39-year-old": "Zell Quenby"}, story)["71-year-old"] == "Marta Quenby"


def test_a_known_member_of_the_other_sex_names_no_one() -> None:
    # the story's one person of 39 is a man: "two women -- 71 and 39" is not told of him
    both = "The bodies of Arno Quenby, 39, and Marta Quenby, 64, were found in a flat."
    story = _story()
    story[1] = Enrichment(
        article_id=2,
        claims=[_age(2, 39.0, "Arno Quenby", both), _age(2, 64.0, "Marta Quenby", both)],
    )
    assert "71-year-old" not in listed_people({"39-year-old": "Arno Quenby"}, story)


def test_an_age_told_outside_the_list_too_names_no_one() -> None:
    # "a 71-year-old neighbour" elsewhere in the story: the description may be his
    outside = _age(2, 71.0, "71-year-old", "A 71-year-old neighbour called police.")
    assert "71-year-old" not in listed_people({"39-year-old": "Dorla Quenby"}, _story(outside))


def test_a_person_given_two_ages_by_name_names_no_one() -> None:
    later = _age(2, 65.0, "Marta Quenby", "Marta Quenby, 65, lived there.")
    assert "71-year-old" not in listed_people({"39-year-old": "Dorla Quenby"}, _story(later))


_PAD = "\n\nThe city council said it would discuss the case at its meeting next week."
_LISTING = (
    "Police found the bodies of two women -- 71 and 39-years-old -- inside a flat on "
    "Mill Street on Monday."
)
_NAMING = (
    "The bodies of Dorla Quenby, 39, and her mother, Marta Quenby, 64, were found inside "
    "a flat on Mill Street on Monday, police said."
)


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


def test_a_listed_age_disputes_the_named_persons() -> None:
    result = _compare([_LISTING, _NAMING])
    pairs = sorted(
        sorted((p.a.first.claim.low or 0.0, p.b.first.claim.low or 0.0)) for p in result.conflicts
    )
    assert pairs == [[64.0, 71.0]]


def test_an_age_takes_the_modal_of_its_own_clause() -> None:
    after = (
        "Arlo Vesk will face charges after police found the bodies of two women -- 71 and "
        "39-years-old -- in a flat."
    )
    assert not told_as_future(_age(1, 71.0, "71-year-old", after))
    # guards: a modal of the age's own clause, and a figure that is no age
    assert told_as_future(_age(1, 29.0, "Arlo Vesk", "Arlo Vesk will be 29 on April 11."))
    tried = "Arlo Vesk will be tried as an adult when he turns 18, lawyers said."
    assert told_as_future(_age(1, 18.0, "Arlo Vesk", tried))  # an age to come, after "when"
    games = _age(1, 3.0, "Arlo Vesk", "Vesk will miss three games after he was hurt in 2 falls.")
    assert told_as_future(replace(games, event="miss", what="games"))


def test_a_listed_age_in_a_sentence_of_what_will_happen_disputes_the_named_persons() -> None:
    charged = (
        "A Tessford man will be charged after police found the bodies of two women -- "
        "71 and 39-years-old -- inside a flat on Mill Street."
    )
    result = _compare([charged, _NAMING])
    pairs = sorted(
        sorted((p.a.first.claim.low or 0.0, p.b.first.claim.low or 0.0)) for p in result.conflicts
    )
    assert pairs == [[64.0, 71.0]]
