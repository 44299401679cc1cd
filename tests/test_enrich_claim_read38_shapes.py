"""Claims read38 found read wrong on real pages (issue 12, claims38): two counts split by
people ("12 Somali and 11 Yemeni pirates", ``enrich/claim_demonym_pairs.py``), a bound a verb
passed ("exceeded two hours", ``enrich/claim_exceeded.py``), a word completed in brackets
("min[ute]", ``enrich/claim_bracketed_words.py``) and "tens of millions".

Invented sentences and names. Each rule test fails without its rule; the guards keep a count
of people, a plain object and a hedged figure as they were."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.what, c.low, c.high, c.hedge) for c in found_claims(text)]


def test_two_counts_split_by_people_count_each_people() -> None:
    assert _read("The navy freed 3 French and 2 British sailors.") == [
        ("french sailors", 3.0, 3.0, None),
        ("british sailors", 2.0, 2.0, None),
    ]
    assert [w for w, *_ in _read("Sailors nabbed 12 Somali and 11 Yemeni pirates.")] == [
        "somali pirates arrested",
        "yemeni pirates arrested",
    ]


def test_a_count_of_people_before_the_pair_shape_is_kept() -> None:
    # guard: "12 Somalis" counts people; the 11 has no people's adjective before "and"
    assert [w for w, *_ in _read("They met 12 Somalis and 11 Yemeni pirates.")] == [
        "somalis",
        "pirates",
    ]


def test_a_passed_bound_is_more_than_the_figure() -> None:
    assert _read("Customers faced telephone wait times that exceeded two hours.") == [
        ("hours", 2.0, None, "more than")
    ]
    assert _read("Sales of the Orsk phone topped 3 million units last year.") == [
        ("units", 3_000_000.0, None, "more than")
    ]


def test_a_hedged_or_other_object_is_unchanged() -> None:
    # guards: the figure's own hedge; a figure that is no object of the verb
    assert _read("Sales topped nearly 3 million units.") == [
        ("units", 2_700_000.0, 3_000_000.0, "nearly")
    ]
    assert _read("The Orsk team topped the table with 40 points.") == [("points", 40.0, 40.0, None)]


def test_a_word_completed_in_brackets_is_read_whole() -> None:
    assert _read("It is a 30 min[ute] activity.") == [("minutes", 30.0, 30.0, None)]


def test_tens_of_millions_is_tens_of_millions() -> None:
    assert _read("The gangs have earned tens of millions of dollars in ransoms.") == [
        ("dollars", 20_000_000.0, 99_999_999.0, "tens of millions")
    ]
    # guard: "tens of thousands" as before
    assert _read("Tens of thousands of people marched.") == [
        ("people", 20_000.0, 99_999.0, "tens of thousands")
    ]
