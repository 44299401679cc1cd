"""What the comparison shows beside conflicts must be as sure as they are (issue 12; read by
reader17b on five real multi-outlet ECB+ stories: all six "compatible" pairs joined unrelated
figures, and 44 of 123 "only one outlet reports" claims were stated by another outlet too).
Invented articles."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets

from newsbeat.compare import compare_articles


def test_figures_linked_only_leniently_are_not_shown_as_compatible() -> None:
    articles, enrichments = enrich_outlets(
        [
            ("Harbour Post", "The feud between the two crews was a seven-year beef, police said."),
            ("Coast Daily", "Jon Varga faces up to 75 years in prison if he is convicted."),
        ]
    )
    assert compare_articles(articles, enrichments).compatible == []


def test_one_count_told_two_ways_stays_compatible() -> None:
    articles, enrichments = enrich_outlets(
        [
            ("Harbour Post", "About 4,200 dock workers walked out at Kittby on Monday."),
            ("Coast Daily", "More than 3,000 dock workers walked out at Kittby on Monday."),
        ]
    )
    pairs = compare_articles(articles, enrichments).compatible
    ranges = [(p.a.first.claim.low, p.b.first.claim.low, p.b.first.claim.high) for p in pairs]
    assert ranges == [(3780.0, 3000.0, None)]  # "about 4,200" read as 3,780-4,620


def _unique_figures(specs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    articles, enrichments = enrich_outlets(specs)
    found = compare_articles(articles, enrichments).unique
    return sorted((u["outlet"], u["text"]) for u in found if u["kind"] == "claim")


def test_a_figure_another_outlet_also_states_is_no_outlets_alone() -> None:
    unique = _unique_figures(
        [
            (
                "Harbour Post",
                "Jon Varga hurt his knee on Sunday after he gained only 30 yards on the ground.",
            ),
            (
                "Coast Daily",
                "Jon Varga was held to 30 yards on the ground before he hurt his knee."
                " He had scored 9 touchdowns this season.",
            ),
        ]
    )
    assert not any("30 yards" in text for _, text in unique), unique
    assert ("Coast Daily", "9 touchdowns") in unique


def test_a_distinctive_figure_written_under_another_word_is_no_outlets_alone() -> None:
    # rule: compare._unique with _distinctive_figure (reader18b: "about 70 percent of Web
    # surfers" / "a share of nearly 70 percent", "as many as 10,000 websites" / "10,000 sites")
    unique = _unique_figures(
        [
            (
                "Harbour Post",
                "The worm has infected as many as 12,000 servers at Kittby, Jon Varga said."
                " Jon Varga said 7 engineers worked all night.",
            ),
            (
                "Coast Daily",
                "Some 12,000 machines were hit by the worm at Kittby on Monday."
                " The mayor of Kittby spoke to 7 reporters.",
            ),
        ]
    )
    assert not any("12,000" in text for _, text in unique), unique
    # a small count written by both texts is no sign of one fact: both stay
    assert ("Harbour Post", "7 engineers") in unique and ("Coast Daily", "7 reporters") in unique


def _unique_quotes(specs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    articles, enrichments = enrich_outlets(specs)
    found = compare_articles(articles, enrichments).unique
    return sorted((u["outlet"], u["text"]) for u in found if u["kind"] == "quote")


def test_words_another_outlet_quotes_under_another_name_are_no_outlets_alone() -> None:
    # rule: compare.quotes.said_elsewhere (reader18b: the same words listed "only one reports"
    # for two outlets that credited them to two speakers; a scare quote inside a longer quote)
    unique = _unique_quotes(
        [
            (
                "Harbour Post",
                '"Officers would need to shoot him to stop the truck," Jon Varga told police.'
                ' Police chief Ana Kell called the spread of the fire "amazing."'
                ' "The spread of the fire was amazing and the crews were brave," Ana Kell said.',
            ),
            (
                "Coast Daily",
                'Police said the driver warned that "officers would need to shoot him to stop'
                ' the truck." "We will rebuild the pier by June," the mayor, Ivo Brandt, said.',
            ),
        ]
    )
    assert not any("would need to shoot" in text for _, text in unique), unique
    assert ("Harbour Post", "amazing") not in unique, unique
    assert any("rebuild the pier" in text for _, text in unique), unique


def test_a_side_of_a_disagreement_is_no_outlets_alone() -> None:
    # rule: compare._unique, another outlet's figure for the same thing (reader19b: "31 age"
    # and "53 wins" were listed as one outlet's alone beside the conflicts they are sides of)
    specs = [
        ("Harbour Post", "Jon Varga, 44, was hurt when the crane fell at Kittby on Monday."),
        ("Coast Daily", "Jon Varga, 45, was hurt when the crane fell at Kittby on Monday."),
    ]
    articles, enrichments = enrich_outlets(specs)
    result = compare_articles(articles, enrichments)
    assert [(p.a.value, p.b.value) for p in result.conflicts] == [("44", "45")]
    unique = sorted((u["outlet"], u["text"]) for u in result.unique if u["kind"] == "claim")
    assert unique == []
