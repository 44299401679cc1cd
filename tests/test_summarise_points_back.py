"""Summary rules of branch sumverbs (invented fixtures): sentences that continue one the
summary does not show, a column's first person, a victim's circumstance, "Just last week".

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates, summary_usable
from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.compare.summary_events import event_facts, retells
from newsbeat.models import Article

PERSONS = ["Ilse Varga", "Otto Brenn"]


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-04-0{aid}")


COAST_GUARD = [
    _article(
        1,
        "Wire",
        "Orsa named Ilse Varga head of its coast guard on Monday, the first woman in the post."
        "\n\nThe coast guard has 14 patrol boats and 900 crew along the Orsa coast.",
    ),
    _article(
        2,
        "Post",
        "Ilse Varga, 51, will lead the Orsa coast guard from June, the ministry said."
        "\n\nAnd it was announced days later that Sarn harbour would get two new boats."
        "\n\nBefore I met Ilse Varga I had never been on a patrol boat of the coast guard.",
    ),
]
POINTING_BACK = ("And it was announced", "Before I met")


def _bullets(articles: list[Article]) -> list[str]:
    return [s.text for s in summarise_articles(articles, None, SummaryOptions(sentences=5))]


def test_a_sentence_pointing_back_or_in_the_first_person_is_never_a_bullet() -> None:
    # rule: summary_usable.points_back (And + pronoun/demonstrative, "I")
    texts = _bullets(COAST_GUARD)
    assert texts and texts[0].startswith("Orsa named Ilse Varga"), texts
    assert not any(t.startswith(POINTING_BACK) for t in texts), texts
    # they stay in the sentence graph, like filler: still candidates
    found = [c[0] for c in candidate_sentences(COAST_GUARD)]
    assert all(any(f.startswith(p) for f in found) for p in POINTING_BACK), found


def test_without_the_rule_they_are_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "points_back", lambda text: False)
    texts = _bullets(COAST_GUARD)
    assert any(t.startswith(POINTING_BACK) for t in texts), texts


@pytest.mark.parametrize(
    "sentence",
    [
        "And that is why the town of Sarn wants a second harbour for the boats.",
        "So it was no surprise when the minister of Orsa called the vote.",
        "My view is that the harbour of Sarn needs the boats more than Kessel.",
    ],
)
def test_the_shapes_that_point_back(sentence: str) -> None:
    assert summary_usable.points_back(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "And the harbour of Sarn will get two new patrol boats in June.",
        "The new harbour of Sarn opened on Monday with two patrol boats.",
        '"I am proud of the crews," Ilse Varga said at the harbour of Sarn.',
        "The coast guard lost its boat in World War I off the coast of Sarn.",
    ],
)
def test_near_misses_do_not_point_back(sentence: str) -> None:
    assert not summary_usable.points_back(sentence)


def test_what_a_victim_was_doing_retells_a_told_harm() -> None:
    # rule: summary_events._CIRCUMSTANCE with _circumstance_of_told_harm
    lead = "A bus hit and killed a cyclist on the Kessel ring road on Friday morning."

    def retold(sentence: str) -> bool:
        return retells(event_facts(sentence, PERSONS), [event_facts(lead, PERSONS)])

    assert retold("The woman was riding to work along the ring road near the bridge.")
    assert retold("At about 8 a.m. the cyclist was crossing at the Kessel lights.")
    # near misses: a new count, no harm told, a new kind of fact
    assert not retold("Three children were walking to school nearby.")
    assert not retells(
        event_facts("The woman was riding to work.", PERSONS),
        [event_facts("The ring road in Kessel will be closed for repairs in May.", PERSONS)],
    )
    assert not retold("The woman was not riding on the cycle lane, police said.")


def test_just_last_week_opens_background() -> None:
    # rule: summary_usable._BACKGROUND ("Just/Only/Even last week, ...")
    text = (
        "A bus hit a cyclist on the Kessel ring road on Friday, police said.\n\n"
        "Just last week, a van hit a man on a crossing at the Kessel market."
    )
    found = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert len(found) == 1 and found[0].startswith("A bus hit"), found
