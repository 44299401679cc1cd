"""Summary bullets a reader found wrong (issue 12, reader23): a page's "Summary:" label kept at
the start of a bullet, a bullet cut at an abbreviation's full stop ("... president of the
Medical Assn."), and a bullet opening on an "it" with an irregular past tense ("It broke out in
the roof ...", what "it" is lies in a sentence not shown). Invented texts, fictional names."""

from __future__ import annotations

import pytest

from newsbeat.compare.summary_candidates import candidate_sentences
from newsbeat.compare.summary_usable import points_back
from newsbeat.models import Article

_NEWS = "Velmar Net has restored 83% of the capacity on the Orrin cable, the company said."


def _candidates(text: str) -> list[str]:
    article = Article(title="", text=text, outlet="orrin-courier.example", id=1)
    return [c[0] for c in candidate_sentences([article])]


def test_a_summary_label_is_cut_off() -> None:
    assert _candidates(f"Summary: {_NEWS}") == [_NEWS]
    assert _candidates(f"UPDATE: {_NEWS}") == [_NEWS]


def test_near_miss_a_summary_in_a_sentence_stays() -> None:
    sentence = "Summary reports from Velmar Net said 83% of the Orrin cable was back on Monday."
    assert _candidates(sentence) == [sentence]


def test_a_sentence_cut_at_an_abbreviation_is_out() -> None:
    text = (
        "Dr. Lena Holm, 52, became the first woman to lead the Medical Assn. of the State of "
        "Kessel in 2002.\n\nShe was named to the Orrin health board on Monday, the governor said."
    )
    assert not any(c.endswith("Assn.") for c in _candidates(text)), _candidates(text)


def test_near_miss_a_sentence_ending_on_an_abbreviation_before_a_capital_stays() -> None:
    found = _candidates(
        "The Orrin plant was sold on Monday to Velmar Corp.\n\nThe price was 40 million crowns."
    )
    assert found[0] == "The Orrin plant was sold on Monday to Velmar Corp."
    found = _candidates(
        "The Orrin plant was sold on Monday to Velmar Co. The price was 40 million crowns."
    )
    assert found[0].startswith("The Orrin plant was sold"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "It broke out in the roof at around 9pm on Friday, the Orrin fire service said.",
        "It spread to the Velmar store next door within an hour.",
    ],
)
def test_an_it_with_an_irregular_past_points_back(sentence: str) -> None:
    assert points_back(sentence)


def test_near_miss_a_named_subject_with_the_same_verb_does_not_point_back() -> None:
    assert not points_back("The fire broke out in the roof at around 9pm on Friday.")
    assert not points_back("It took three hours to bring the Orrin fire under control.")


def test_near_miss_a_sentence_ending_its_line_before_a_lower_case_line_stays() -> None:
    sentence = "The Orrin ferry will close on Monday after 40 years of service, the mayor said."
    found = _candidates(f"{sentence}\nwhat the town does next is unclear.")
    assert found[:1] == [sentence]
