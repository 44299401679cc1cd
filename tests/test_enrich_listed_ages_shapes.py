"""One more way of writing an unnamed group's ages (issue 12, branch conf39a): a hyphen
suspended before the noun ("8- and 10-year-old girls"). Invented sentences and names; the
reading tests fail without ``_suspended_at`` in ``enrich/claim_listed_ages.py``, the guards
without their checks there. "girls age 6 and 8" stays unread on purpose (its described ages
agreed falsely with another group's on real coverage): a guard keeps it so."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_listed_ages import listed_in
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _ages(text: str) -> list[tuple[str | None, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [(c.subject, c.low) for c in claims if c.event == "age"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        pytest.param(
            "She walked home with her 7- and 11-year-old sons.",
            [("7-year-old", 7.0), ("11-year-old", 11.0)],
            id="suspended-hyphen",
        ),
        pytest.param(
            "The witnesses, two sisters - 9 - and 12 - year - old girls - spoke to the jury.",
            [("9-year-old", 9.0), ("12-year-old", 12.0)],
            id="suspended-hyphen-spaced",
        ),
        # guards: one life's range, a count that is not the list's, a group of no people
        pytest.param("Between age 19 and 24, Tarrow was arrested five times.", [], id="range"),
        pytest.param("Three 7- and 11-year-old boys were hurt.", [], id="count-differs"),
        pytest.param("The 7- and 11-year-old firms merged.", [], id="no-people"),
        pytest.param(
            "Brannock fired while the woman's children - girls age 5 and 9 - looked on.",
            [],
            id="age-after-noun-left",
        ),
    ],
)
def test_a_groups_ages_in_two_more_shapes(text: str, ages: list[tuple[str, float]]) -> None:
    assert [a for a in _ages(text) if a[0] is not None and a[0].endswith("-year-old")] == ages


@pytest.mark.parametrize(
    ("sentence", "lists"),
    [
        ("two of her children - girls age 5 and 9 - looked on", []),
        ("two sisters - 9 - and 12 - year - old girls - spoke", [("girls", (9, 12))]),
        ("her 7- and 11-year-old sons", [("sons", (7, 11))]),
        ("Between age 19 and 24, Tarrow was arrested", []),
    ],
)
def test_the_comparison_sees_the_same_lists(
    sentence: str, lists: list[tuple[str, tuple[int, ...]]]
) -> None:
    assert listed_in(sentence) == lists
