"""What keeps two claim sentences apart on the route through meaning (``meaning_guard``).
Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbeat.compare.claim_facts import _Story
from newsbeat.compare.group_building import _close_in_meaning
from newsbeat.compare.meaning_guard import (
    dated_apart,
    meaning_kept_apart,
    named_apart,
    tells_other_instance,
    written_names,
)
from newsbeat.compare.records import ClaimRef, CompareOptions
from newsbeat.models import Claim
from newsbeat.sentence_vectors import Meaning


def test_a_sentence_marking_another_instance_is_kept_apart() -> None:
    for sentence in (
        "Another hiker was hurt near the Brannock falls.",
        "A second blast shook the Velmar depot.",
        "A separate fire destroyed 12 sheds in Orwick.",
        "Last year's flood drove 300 families from Tansy.",
        "An earlier slide buried the Kessel road.",
        "Rescuers also pulled four miners from the Orlin shaft.",
    ):
        assert tells_other_instance(sentence), sentence
    assert not tells_other_instance("A hiker was hurt near the Brannock falls.")


def test_different_days_months_or_years_keep_two_sentences_apart() -> None:
    assert dated_apart("The Orwick quake killed 900 on Friday.", "It killed 200 on Thursday.")
    assert dated_apart("The ferry sank in March.", "The ferry sank in Sept. near Lusk.")
    # A year on one side only dates its figure to another event: masked, the two are one.
    assert dated_apart("The 2019 quake killed at least 900.", "The quake killed at least 200.")
    assert not dated_apart("The quake killed 900 on Friday.", "It killed 200, on Friday night.")
    assert not dated_apart("The quake of 2019 killed 900.", "In 2019 the quake killed 200.")
    # A weekday on one side only says nothing against the other.
    assert not dated_apart("The quake killed 900 on Friday.", "The quake killed 200.")
    # Sums and counts are no years.
    assert not dated_apart("The fund paid $2,000 to 1,950 families.", "It paid 2,010 families.")


def test_names_the_tagger_missed_keep_two_sentences_apart() -> None:
    first = (
        "On Friday, 41-year-old Tomas Verhoek died after falling 60 metres near the Orlan glacier."
    )
    second = "On Friday Piet Dravenhof, 41, plunged 200 metres above the Orlan icefield."
    assert written_names(first) == {"Tomas", "Verhoek", "Orlan"}
    assert written_names(second) == {"Piet", "Dravenhof", "Orlan"}
    assert named_apart(first, second)
    assert meaning_kept_apart(first, second)
    # One side names nobody, or only what the other names too: nothing tells them apart.
    unnamed = "A 41-year-old mountaineer plunged 200 metres on Friday above the Orlan icefield."
    assert not named_apart(first, unnamed)
    assert not named_apart(first, "Verhoek plunged 200 metres on Friday.")


def test_one_fall_told_twice_is_not_kept_apart() -> None:
    assert not meaning_kept_apart(
        "On Friday, 41-year-old Tomas Verhoek died after falling about 60 metres.",
        "A 41-year-old mountaineer was killed Friday when he plunged roughly 200 metres.",
    )


class _Close(Meaning):
    """Every two texts close in meaning."""

    def __call__(self, i: int, j: int) -> float:
        return 0.99


def _story_of(people: list[frozenset[str]]) -> tuple[list[tuple[ClaimRef, Any]], _Story]:
    """Two fall claims whose sentences are close in meaning, naming ``people``."""
    sentences = (
        "Lorn Abbey fell about 60 metres from the ridge.",
        "The climber fell roughly 200 metres from the crest.",  # names only by `people`
    )
    refs: list[tuple[ClaimRef, Any]] = []
    for n, sentence in enumerate(sentences):
        claim = Claim(
            what="metres",
            low=1.0,
            high=1.0,
            exact=False,
            unit="metres",
            claimant=None,
            sentence=sentence,
        )
        refs.append(
            (ClaimRef(claim=claim, article_id=n, outlet="Outlet", published="", url=None), None)
        )
    story = _Story(
        opts=CompareOptions(),
        by_article={0: [0], 1: [1]},
        lead=[False, False],
        people=people,
        places=[frozenset(), frozenset()],
        listed=[frozenset(), frozenset()],
        meaning=_Close([]),
    )
    return refs, story


def test_two_sentences_each_naming_other_persons_do_not_pass_by_meaning() -> None:
    refs, story = _story_of([frozenset({"abbey"}), frozenset({"wrenn"})])
    assert not _close_in_meaning(0, 1, refs, story)
    # control: one person named on one side only, or on both, passes
    refs, story = _story_of([frozenset({"abbey"}), frozenset()])
    assert _close_in_meaning(0, 1, refs, story)
    refs, story = _story_of([frozenset({"abbey"}), frozenset({"abbey"})])
    assert _close_in_meaning(0, 1, refs, story)
