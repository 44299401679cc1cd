"""Conflicts on unseen news, third pass (issue 12 item 1, branch conflictgen3): ages written in
words or after "age", an age compared as the whole number it is, a hedge before a currency
mark, the longest hedge written, a figure denied by a negated subject and a bracket after a
name. Invented sentences and articles; each test fails without its rule and has a control."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets
from tests._enrich_docs import found_claims as _claims

from newsbeat.compare import compare_articles
from newsbeat.compare.claim_context import classify_ranges
from newsbeat.models import Claim


def _ages(text: str) -> dict[str, float | None]:
    return {c.subject or "": c.low for c in _claims(text) if c.what == "age"}


def test_an_age_in_words_before_a_name_is_that_persons_age() -> None:
    assert _ages("Sixty-year-old Mary Ellen Harper is accused of fraud.") == {
        "Mary Ellen Harper": 60.0
    }
    assert _ages("The sixty-one-year-old Tom Baxter was arrested on Friday.") == {
        "Tom Baxter": 61.0
    }
    # control: a number in words before "year-old" and no name is no age
    assert _ages("She was one of the two-year-old magazine's first models.") == {}


def test_an_age_after_the_word_age_is_a_claim() -> None:
    assert _ages("Police charged Mary Ellen Harper, age 61, with two counts of fraud.") == {
        "Mary Ellen Harper": 61.0
    }
    assert _ages("Tom Baxter, aged 24 and from Dover, was charged with arson.") == {
        "Tom Baxter": 24.0
    }


def _age(value: float, *, exact: bool = True, high: float | None = None) -> Claim:
    return Claim(
        what="age", low=value, high=value if high is None else high, exact=exact, unit=None,
        claimant=None, sentence="s", event="age",
    )  # fmt: skip


def test_an_age_is_a_whole_number_never_a_rounded_one() -> None:
    assert classify_ranges(_age(60.0), _age(61.0)) == "disjoint"
    # control: a round count that is no age keeps its implied precision (60 is 57 to 63)
    count = Claim(what="boats", low=60.0, high=60.0, exact=True, unit=None, claimant=None,
                  sentence="s")  # fmt: skip
    assert classify_ranges(count, Claim(**{**count.__dict__, "low": 61.0, "high": 61.0})) != (
        "disjoint"
    )
    # control: a hedged age keeps its hedge ("nearly 60" is 54 to 60)
    assert classify_ranges(_age(54.0, exact=False, high=60.0), _age(58.0)) != "disjoint"


def test_one_persons_age_told_60_and_61_is_a_conflict() -> None:
    body = (
        " was arrested at her home on Friday and charged with the murder of two women who"
        " had lived with her for several years in the town."
    )
    articles, enrichments = enrich_outlets(
        [
            ("Coast Ledger", f"Sixty-year-old Mary Ellen Harper{body}"),
            ("Valley Post", f"The 61-year-old Mary Ellen Harper{body}"),
        ]
    )
    conflicts = compare_articles(articles, enrichments).conflicts
    assert [sorted(g.first.claim.low for g in (c.a, c.b)) for c in conflicts] == [[60.0, 61.0]]


def _figures(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in _claims(text)]


def test_a_hedge_before_a_currency_mark_is_read() -> None:
    assert _figures("Robbers stole more than $5 million from the bank.") == [("dollars", 5e6, None)]
    assert _figures("The club paid nearly $80 million for him.") == [("dollars", 72e6, 80e6)]
    # control: no hedge, an exact sum
    assert _figures("The club paid $80 million for him.") == [("dollars", 80e6, 80e6)]


def test_the_longest_hedge_written_wins() -> None:
    assert _figures("No more than 12 people were hurt in the blast.") == [
        ("people injured", None, 12.0)
    ]
    # control: "more than" alone is a lower bound
    assert _figures("More than 12 people were hurt in the blast.") == [
        ("people injured", 12.0, None)
    ]


def test_a_figure_said_of_a_negated_subject_is_no_claim() -> None:
    assert _figures("No other offer for Tom Baxter was thought to be more than seven years.") == []
    denied = "None of the other teams has been reported to have offered more than eight years."
    assert _figures(denied) == []
    # controls: a negation in another clause, a figure saying when (not what is denied), and
    # "no more than" inside the figure itself
    assert _figures("No inmate checks were conducted for at least eight hours, they said.") == [
        ("hours", 8.0, None)
    ]
    assert _figures("No one knew that 12 people had died in the blast.") == [
        ("people dead", 12.0, 12.0)
    ]
    assert _figures("The other offer for Tom Baxter was thought to be more than seven years.") == [
        ("years", 7.0, None)
    ]


def test_a_bracket_after_a_name_is_that_names_figure() -> None:
    text = (
        "Tom Baxter is the top player on the market, and the Dover Rovers (seven years,"
        " $140 million) and Kent Wanderers (eight years, $160 million) reportedly have made"
        " offers."
    )
    found = [(c.what, c.low, c.subject) for c in _claims(text) if c.what == "years"]
    assert found == [("years", 7.0, "Dover Rovers"), ("years", 8.0, "Kent Wanderers")]
    # control: a figure outside any bracket keeps the sentence's subject
    plain = [c.subject for c in _claims("The Dover Rovers offered Tom Baxter eight years.")]
    assert plain == ["Dover Rovers"]


def test_about_a_figure_of_three_digits_is_a_finer_estimate() -> None:
    # "an estimated $102 million" is give or take a twentieth: $108 million is another figure
    assert _figures("Thieves took an estimated $102 million in jewels.") == [
        ("dollars", 96.9e6, 107.1e6)
    ]
    # controls: two digits a tenth, one digit a fifth (also in the millions)
    assert _figures("Thieves took an estimated $160 million in jewels.") == [
        ("dollars", 144e6, 176e6)
    ]
    assert _figures("Thieves took an estimated $1 million in jewels.") == [
        ("dollars", 0.8e6, 1.2e6)
    ]
