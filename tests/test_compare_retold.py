"""One long sentence told by two outlets with another figure is one report retold: the same
slot, whatever the sentence leaves unnamed (a bare duration, an unnamed subject). Invented
articles; the first test fails without :func:`newsbeat.compare.pair_explain._retold`, and the
controls keep a template sentence and another figure of the copied sentence apart (a pronoun
subject too: ``test_compare_false_alarms.test_two_articles_he_may_be_two_people``)."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles, explain_claims


def _conflicts(*texts: str) -> list[set[str]]:
    outlets = ("Wire", "Post", "Mail", "Star")
    articles, enrichments = _enrich([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return [
        {side["value"] for side in pair.to_json()["sides"]}
        for pair in compare_articles(articles, enrichments).conflicts
    ]


def test_a_retold_sentence_with_another_bare_duration_is_a_conflict() -> None:
    # "3 years" of what? The copy says the same, so the figures disagree.
    found = _conflicts(
        "Tom Reyes spoke to the court in Arden on Monday. She was jailed for 3 years, with"
        " 8 months to be served on licence in that case.",
        "Tom Reyes spoke to the court in Arden on Monday. She was jailed for 5 years, with"
        " 8 months to be served on licence in that case.",
    )
    assert found == [{"3", "5"}]


def test_a_short_template_sentence_is_not_a_retold_report() -> None:
    # "He was jailed for N years" may be two men, or two cases of one man.
    assert (
        _conflicts(
            "Tom Reyes spoke to the court in Arden on Monday. He was jailed for 3 years.",
            "Tom Reyes spoke to the court in Arden on Monday. He was jailed for 5 years.",
        )
        == []
    )


def test_another_figure_of_the_copied_sentence_is_not_compared_with_it() -> None:
    # The 8 months of one copy stand where the 3 years stand in the other: no pair.
    found = _conflicts(
        "She was jailed for 3 years, with 8 months to be served on licence in that case.",
        "She was jailed for 8 months, with 3 years to be served on licence in that case.",
    )
    assert {"3", "8"} not in found


# Four paragraphs before the list, so that no figure is in the lead (two lead figures of one
# slot are compared whatever their sentences say).
_OPENING = (
    "Pirates attacked a tanker in the Gulf of Arden.\nThe crew raised the alarm.\n"
    "A warship of the Kessel Navy came to help.\nThe pirates gave up after a chase.\n"
)


def test_one_list_of_seized_things_told_twice_is_compared() -> None:
    # The sentences share little beyond the list (0.17 masked similarity on the held-out
    # gold's copy of this shape); the rifles, magazines and rounds make them one report.
    found = _conflicts(
        _OPENING
        + "Six rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.",
        _OPENING
        + "The Kessel Navy confiscated 14 rifles, 31 magazines and 923 rounds from the boat"
        " along with ladders, ropes and gloves, the commander said.",
    )
    assert {"300", "923"} in found


def test_one_other_thing_in_common_is_no_list() -> None:
    # Two sentences sharing one other counted thing are not yet one list told twice. (Each
    # article's only count of rounds seized now meets the other's by another route,
    # compare/one_count.py, so the list route is checked on its own decision.)
    articles, enrichments = _enrich(
        [
            (
                "Wire",
                _OPENING + "Six rifles and 300 rounds of ammunition were seized from the boats.\n",
            ),
            (
                "Post",
                _OPENING
                + "The Kessel Navy confiscated 923 rounds and 14 rifles from the boat along"
                " with ladders, ropes and gloves, the commander said on the radio.\n",
            ),
        ]
    )
    decisions = [
        r["decision"]
        for r in explain_claims(articles, enrichments)
        if {r["a"]["value"], r["b"]["value"]} == {300.0, 923.0}
    ]
    assert decisions
    assert not any("one list of things told twice" in d for d in decisions)
