"""What keeps two claim sentences apart on the route through meaning (``meaning_guard``).
Invented sentences."""

from __future__ import annotations

from newsbeat.compare.meaning_guard import dated_apart, meaning_kept_apart, tells_other_instance


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


def test_one_fall_told_twice_is_not_kept_apart() -> None:
    assert not meaning_kept_apart(
        "On Friday, 41-year-old Tomas Verhoek died after falling about 60 metres.",
        "A 41-year-old mountaineer was killed Friday when he plunged roughly 200 metres.",
    )
