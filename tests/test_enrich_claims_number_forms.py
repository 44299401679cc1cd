"""Figures the claim reader missed or misread on the ninth held-out gold (issue 12, branch
confread): a comma after a height, "per cent" in two words, a number in words split at its
hyphen, an adverb before what a dozen counts, "N or M" as a range, and the figure a valuing
verb puts its object "at". Invented sentences; each test fails without its rule and has a
control."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims


def _figures(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in _claims(text)]


def test_a_comma_after_a_height_separates_two_figures() -> None:
    # spaced as re-tokenised copies write it: the inches and the weight, not 8,135 pounds
    spaced = _figures("Officers said that Dunn is 6 - foot - 1, 182 pounds, with a scar.")
    assert ("pounds", 182.0, 182.0) in spaced
    assert all(low != 1182.0 for _, low, _ in spaced)
    # glued: the weight was dropped as half of a split number
    glued = _figures("The man was described as 5-foot-9, 150 pounds, with red hair.")
    assert ("pounds", 150.0, 150.0) in glued
    # control: a thousands group split by a stray space is still one figure
    assert _figures("The dealer shipped 4, 150 pounds of salmon.") == [("pounds", 4150.0, 4150.0)]


def test_per_cent_in_two_words_is_percent() -> None:
    # the tagger calls "per" a preposition here: the unit was lost with it
    assert _figures("Almost 70 per cent of trains in Kenya were late.") == [("percent", 63.0, 70.0)]
    # controls: "per" tagged a noun, and the word in one piece, were read already
    assert _figures("Nearly 30 per cent of homes in Lima lost power.") == [("percent", 27.0, 30.0)]
    assert _figures("Almost 70 percent of trains in Kenya were late.") == [("percent", 63.0, 70.0)]


def test_a_number_in_words_split_at_its_hyphen_is_one_figure() -> None:
    assert _figures("Seventy-two percent of voters backed the plan.") == [("percent", 72.0, 72.0)]
    assert _figures("Thirty-four people were hurt in the crash.") == [
        ("people injured", 34.0, 34.0)
    ]
    # control: a hyphen between a figure and another word joins nothing
    assert _figures("Thirty people were hurt in the crash.") == [("people injured", 30.0, 30.0)]


def test_an_adverb_before_what_a_dozen_counts_is_skipped() -> None:
    assert _figures("At least four dozen mostly elderly fans waited at the gate.") == [
        ("fans", 48.0, None)
    ]
    # control: without the adverb
    assert _figures("At least four dozen elderly fans waited at the gate.") == [
        ("fans", 48.0, None)
    ]


def test_two_figures_joined_by_or_are_a_range() -> None:
    assert _figures("Some 30 or 40 pickets gathered at the mill.") == [("pickets", 30.0, 40.0)]
    assert _figures("One or two guards were hurt.") == [("guards injured", 1.0, 2.0)]
    # control: a falling pair is no range, and the second figure stands alone
    assert _figures("He scored 3 or 2 goals.") == [("goals", 2.0, 2.0)]


def test_the_figure_a_crowd_is_estimated_at_is_read() -> None:
    claims = _claims("A radio station estimated the crowd at 60 on Monday.")
    assert [(c.what, c.low, c.high, c.hedge) for c in claims] == [
        ("crowd", 54.0, 66.0, "estimated")  # give or take half its step, a tenth (conf30)
    ]
    assert _figures("Officials put the death toll at 14.") == [("dead", 14.0, 14.0)]
    # controls: a time is no count, and "at" after another verb reads nothing
    assert _figures("They put the meeting at 9.") == []
    assert _figures("The crowd arrived at 60.") == []
