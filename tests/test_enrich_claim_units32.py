"""What a claim counts, and who claims it, in business and product news (issue 12, session 32;
read32's classes C-b, C-e, C-g, C-h, C-i on real pages): a unit abbreviation is what its
figure counts, a rate's base may carry a modifier, "a year earlier" is no rate, "more" before an
adjective compares, "4K" is a name, "10 times as many" a multiplier, "just short of" a hedge,
"230 miles to more than 300 miles" a range's low end, and a teller in a later conjunct tells
its own clause only. Invented sentences; each test fails without its rule, and each guard's
control fails without the guard."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import StoryComparison, compare_articles
from newsbeat.models import Claim

_PAD = "\n\nThe report was published by the regional office on its website this morning."


def _claims(text: str) -> list[Claim]:
    _, enrichments = _enrich([("Wire", text + _PAD)])
    return enrichments[1].claims


def _compare(*texts: str) -> StoryComparison:
    outlets = ("Wire", "Post", "Mail", "Star")
    articles, enrichments = _enrich([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return compare_articles(articles, enrichments)


def _by_value(text: str) -> dict[float | None, Claim]:
    return {c.low: c for c in _claims(text)}


def test_a_unit_abbreviation_is_what_its_figure_counts() -> None:
    claims = _by_value(
        "The Ardmore, a compact crossover, has a tuned-up version of the Corvale Hybrid's "
        "176 hp 2.5-liter four-cylinder engine."
    )
    assert claims[176.0].what == "hp", claims


def test_one_engine_told_two_ways_is_no_conflict() -> None:
    pairs = _compare(
        "The Corvale gets a 181 hp 2.5-liter engine and costs $26,000, Halvern said.",
        "The Corvale gets a 2.5-liter engine that makes 181 horsepower, and it costs $26,000, "
        "Halvern said.",
    )
    assert not pairs.conflicts, pairs.conflicts


def test_a_rate_base_may_carry_a_modifier() -> None:
    claims = _by_value("Brindle reported net income of $410 million, or $2.53 per diluted share.")
    assert claims[2.53].what == "dollars per share", claims
    assert claims[410000000.0].what == "dollars", claims


def test_a_year_earlier_is_when_not_a_rate() -> None:
    claims = _by_value("Brindle earned $2.53 a share, up from $2.10 a year earlier.")
    assert claims[2.1].role != "rate", claims
    # control: "a year" with nothing after it is a rate's base
    fees = _by_value("Members pay $500 a year in fees, the club said.")
    assert fees[500.0].role == "rate", fees


def test_more_before_an_adjective_compares() -> None:
    claims = _by_value("The Corvale's engine is 20% more powerful than the old one.")
    assert claims[20.0].role != "part", claims
    # control: "more" before a noun is an increment
    added = _by_value("The Ardmore plant added 20 more workers this week.")
    assert added[20.0].role == "part", added
    # control: "other" before an adjective still adds to a figure told before
    others = _by_value("Police said Moreno stood outside with five other young men on Friday.")
    assert others[5.0].role == "part", others


def test_a_resolution_name_is_no_count_of_thousands() -> None:
    values = {c.low for c in _claims("The Pixa records 8K video at 30 frames per second.")}
    assert 8000.0 not in values and 30.0 in values, values
    # control: a sum in thousands keeps its currency sign and its claim
    bonus = _by_value("Staff at the Ardmore plant got a $4K bonus, Lumen said.")
    assert bonus[4000.0].unit == "dollars", bonus


def test_a_multiplier_is_no_count_of_times() -> None:
    for text in (
        "Halvern sold 10 times as many cars as a year ago.",
        "Lumen's new chip is 3 times more efficient, Lumen said.",
        "The Ardmore plant is five times the size of the old one.",
    ):
        assert not _claims(text), (text, _claims(text))
    # controls: times counted are claims
    assert _by_value("Police shot the man 11 times in the chest.")[11.0].what == "times"
    assert _by_value("He was arrested three times that year.")[3.0].what == "times"
    assert _by_value("He has been arrested four times more since October.")[4.0].what == "times"


def test_just_short_of_is_a_hedge() -> None:
    claim = _by_value("The agency paid a firm in Ardmore just short of $449,000 for its work.")
    found = next(iter(claim.values()))
    assert not found.exact and found.high == 449000.0 and found.hedge == "just short of", claim


def test_a_figure_to_a_hedged_figure_is_a_range_low_end() -> None:
    claims = _by_value(
        "The Volta will go 230 miles to more than 300 miles per charge depending on trim."
    )
    assert not claims[230.0].exact and claims[230.0].high is None, claims
    sums = _by_value("Prices run $30,000 to about $45,000, Halvern said.")
    assert not sums[30000.0].exact, sums
    # controls: the second figure counts something else, no range
    grew = _by_value("Revenue grew 5% to more than $3 billion.")
    assert grew[5.0].exact, grew
    jobs = _by_value("The team cut 40 jobs to over 200 workers in total.")
    assert jobs[40.0].exact, jobs


def test_a_teller_in_a_later_conjunct_tells_its_own_clause() -> None:
    claims = _claims(
        "The new version gets a new 149 horsepower, 2-liter four-cylinder engine that's 20% "
        "more powerful than the current model, yet Halvern says it will offer better mileage."
    )
    assert claims and all(c.claimant is None for c in claims), claims
    # controls: a conjunct teller holding the figure, and a plain teller, still tell it
    held = _claims(
        "Sales of the Corvale slowed in March, and Halvern estimated the loss at $3 million."
    )
    assert [c.claimant for c in held] == ["Halvern"], held
    plain = _by_value("Halvern says the new engine makes 149 horsepower.")
    assert plain[149.0].claimant == "Halvern", plain
    # control: a conjunct teller at the end, telling nothing after it, tells the sentence
    tail = _by_value(
        "Fire chief Tomas Halvern reached the farm at dawn. It took three hours to knock the "
        "fire down, but the building was destroyed, he said."
    )
    assert tail[3.0].claimant == "Tomas Halvern", tail


def test_a_sum_is_no_count_of_the_dead() -> None:
    claims = _by_value("Buyers can claim a $7,500 credit on the Volta, Halvern said.")
    assert claims[7500.0].event != "kill", claims
    # control: "claimed" lives are the dead
    lives = _by_value("The fire at the Ardmore plant claimed 12 lives on Monday.")
    assert lives[12.0].event == "kill", lives
