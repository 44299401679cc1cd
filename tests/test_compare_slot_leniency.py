"""Comparison rules that let real disputes through (issue 12 item 1, the held-out checks): a
subject named on one side only, near-synonym nouns of one slot, a shadowing figure of another
quantity, and two people's figures in one article. Invented articles; each test fails without
its rule, and a control keeps the look-alike apart."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles


def _conflicts(*texts: str) -> list[set[float]]:
    outlets = ("Wire", "Post", "Mail", "Star")
    articles, enrichments = _enrich([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return [
        {side["value"] for side in pair.to_json()["sides"]}
        for pair in compare_articles(articles, enrichments).conflicts
    ]


def test_a_subject_named_on_one_side_only_is_compared() -> None:
    # The passive side names nobody; event, noun and story agree.
    found = _conflicts(
        "The Kessel Navy confiscated 923 rounds of ammunition from the smugglers' boat on Monday.",
        "During the raid on Monday, 300 rounds of ammunition were confiscated from the boat.",
    )
    assert found == [{"923", "300"}]


def test_a_pronoun_is_no_named_subject() -> None:
    assert (
        _conflicts(
            "They confiscated 923 rounds of ammunition from the smugglers' boat on Monday.",
            "During the raid on Monday, 300 rounds of ammunition were confiscated from the boat.",
        )
        == []
    )


def test_a_common_noun_subject_is_not_an_unnamed_one() -> None:
    # "the team" has a subject, only not a name: another club may have made that offer.
    assert (
        _conflicts(
            "The Arden Lions offered $200 million to Tom Reyes on Monday, the paper reported.",
            "The amount was not given, but the team was believed to have offered $160 million"
            " to Tom Reyes on Monday.",
        )
        == []
    )


def test_a_named_subject_does_not_cross_another_event() -> None:
    assert (
        _conflicts(
            "The Kessel Navy confiscated 923 rounds of ammunition from the smugglers' boat.",
            "During the raid, 300 rounds of ammunition were fired at the smugglers' boat.",
        )
        == []
    )


def test_observers_and_experts_sent_by_one_body_are_one_slot() -> None:
    # British and American spellings of the sender are one name.
    found = _conflicts(
        "The Organisation for Free Elections sent three observers to monitor the vote in Arden.",
        "The Organization for Free Elections sent eight experts to monitor the vote in Arden.",
    )
    assert found == [{"3", "8"}]


def test_experts_of_another_sender_are_not_its_observers() -> None:
    assert (
        _conflicts(
            "The Organisation for Free Elections sent three observers to monitor the Arden vote.",
            "The Council of Nations sent eight experts to monitor the vote in Arden.",
        )
        == []
    )


def test_a_share_of_another_quantity_does_not_shadow_a_figure() -> None:
    # "Ninety percent of the candidates" is in percent too, but counts candidates, not turnout.
    found = _conflicts(
        "Officials said turnout in the Arden election reached 93 percent. Ninety percent of the"
        " 200 candidates come from the ruling party.",
        "The election commission said turnout in the Arden election reached almost 90 percent.",
    )
    assert len(found) == 1 and "93" in found[0], found


def test_the_same_quantity_in_one_article_still_shadows() -> None:
    # The article also gives the other's figure for the same turnout: it takes no side.
    assert (
        _conflicts(
            "Officials said turnout in the Arden election reached 93 percent. Early counts had"
            " said turnout in the Arden election reached 85 percent.",
            "The election commission said turnout in the Arden election reached 85 percent.",
        )
        == []
    )


_TWO_CLIMBERS = (
    "On Friday, 36-year-old Tom Reyes died after slipping and falling 60 metres (200 feet) from"
    " a ridge. On Saturday, 32-year-old Englishman Anna Berg fell 600 metres (2,000 feet) while"
    " climbing to a hut."
)


def test_two_peoples_figures_in_one_article_each_take_a_side() -> None:
    # One fall per named climber is not "two figures for one quantity": Berg's 600 metres
    # disagrees with another article's 900 for Berg (both give her age as 32: ages are claims).
    found = _conflicts(
        _TWO_CLIMBERS,
        "The day after that death, 32-year-old Anna Berg fell 900 metres to her death while"
        " climbing to a hut.",
    )
    assert found == [{"600", "900"}]


def test_one_persons_figure_is_not_set_against_a_figure_naming_nobody() -> None:
    # "A climber fell 900 metres" may be either climber: set against neither of the falls.
    assert (
        _conflicts(
            _TWO_CLIMBERS,
            "The day after that death, a 31-year-old climber fell 900 metres to the foot of the"
            " face while climbing to a hut.",
        )
        == []
    )
